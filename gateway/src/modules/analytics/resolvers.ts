import { sessionOf } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { uuidOf } from '../../ids.js';
import { viewerPerson } from '../viewer/resolvers.js';
import { heatmapCsv } from './csv.js';
import { ensureFresh } from './freshness.js';
import { authoriseHeatmap, buildHeatmap, type HeatmapResult } from './heatmap.js';

/** What `Query.heatmap` resolves to: the view plus the freshness of the aggregates behind it. */
export interface HeatmapPayload extends HeatmapResult {
  periods: string[];
  asOf: Date | null;
  stale: boolean;
}

export const analyticsResolvers: Resolvers = {
  Query: {
    async heatmap(_parent, { input }, context) {
      const session = sessionOf(context);
      const { orgId, personId, roles } = session.viewer;
      const request = {
        unitId: input.unit ? uuidOf(input.unit, 'OrgUnit', 'input.unit') : null,
        depth: input.depth ?? 1,
        capabilityCodes: input.capabilities ?? null,
        metric: input.metric ?? 'SCORE',
        programId: input.program ? uuidOf(input.program, 'Program', 'input.program') : null,
        period: input.period ?? null,
      };
      const viewer = { personId, roles };
      // Authorisation first: a refused viewer must not trigger a rebuild.
      await session.tenant((tx) => authoriseHeatmap(tx, orgId, request, viewer));
      const freshness = await ensureFresh(session.tenant, orgId);
      const result = await session.tenant((tx) => buildHeatmap(tx, orgId, request, viewer));
      return { ...result, ...freshness };
    },
  },
  Heatmap: {
    unit: (heatmap) => heatmap.unit,
    program: (heatmap, _args, context) =>
      heatmap.programId ? sessionOf(context).loaders.programs.byId.load(heatmap.programId) : null,
    async csv(heatmap, args, context) {
      const locale = args.locale ?? (await viewerPerson(sessionOf(context))).locale ?? 'en';
      return heatmapCsv(heatmap, locale);
    },
  },
  HeatmapRow: {
    unit: (row) => row.unit,
  },
  HeatmapColumn: {
    capability: (column) => column.capability,
  },
};
