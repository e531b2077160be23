// Site symbols drawn on a canvas at start-up (no sprite file to fetch): colour = operator,
// shape = status (built: filled circle, planned: ring, candidate: hollow triangle).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OPERATORS, STATUSES } from '../../engine/model/types.ts';
import { OPERATOR_COLOURS } from './style.ts';

const SIZE_PX = 22;

function drawIcon(colour: string, status: string): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE_PX;
  const ctx = canvas.getContext('2d')!;
  const c = SIZE_PX / 2;
  ctx.lineWidth = 3;
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.beginPath();
  if (status === 'candidate') {
    ctx.moveTo(c, 3);
    ctx.lineTo(SIZE_PX - 3, SIZE_PX - 4);
    ctx.lineTo(3, SIZE_PX - 4);
    ctx.closePath();
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  } else if (status === 'planned') {
    ctx.arc(c, c, c - 3, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.arc(c, c, c - 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, SIZE_PX, SIZE_PX);
}

export function addSiteIcons(map: MapLibreMap): void {
  for (const op of OPERATORS) {
    for (const status of STATUSES) {
      map.addImage(`site-${op}-${status}`, drawIcon(OPERATOR_COLOURS[op], status), { pixelRatio: 1 });
    }
  }
}
