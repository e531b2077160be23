/**
 * A prepared job sent to another thread (issue 15, cold start): the calling thread prepares the
 * job once (study area, site arrays, link tables, spatial index) and every worker receives it by
 * structured clone instead of preparing the same job from nothing. What crosses is plain data:
 * typed arrays, the registry's own fields (its class is restored on arrival) and the spatial
 * index's buffer (Flatbush.from rebuilds the index over it). The site list and the region
 * polygons stay behind: computing and finishing tiles reads the arrays, not them.
 */
import Flatbush from 'flatbush';
import type { PreparedJob } from './prepared-job.ts';
import { TableRegistry } from './table-registry.ts';

export interface PackedJob {
  job: Omit<PreparedJob, 'siteIndex' | 'tileInside'>;
  siteIndexData: ArrayBuffer | null;
}

export function packJob(job: PreparedJob): PackedJob {
  // tileInside is a per-thread cache of decoded tile masks: each worker fills its own.
  const { siteIndex, tileInside: _, input, ...rest } = job;
  return {
    job: { ...rest, input: { ...input, sites: [], regions: null } },
    siteIndexData: siteIndex ? (siteIndex.data as ArrayBuffer) : null,
  };
}

/** The job on this thread, from a PackedJob received by structured clone. */
export function unpackJob({ job, siteIndexData }: PackedJob): PreparedJob {
  Object.setPrototypeOf(job.registry, TableRegistry.prototype);
  return { ...job, tileInside: new Map(), siteIndex: siteIndexData ? Flatbush.from(siteIndexData) : null };
}
