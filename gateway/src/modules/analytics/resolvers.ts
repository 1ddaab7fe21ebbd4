import { sessionOf } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { supportedLocaleOf } from '../../i18n/negotiate.js';
import { translator } from '../../i18n/translate.js';
import { uuidOf } from '../../ids.js';
import { heatmapCsv } from './csv.js';
import { planFreshness, refreshInBackground } from './freshness.js';
import { authoriseHeatmap, buildHeatmap, type HeatmapResult } from './heatmap.js';
import { analyticsSettings, refreshAggregates } from './sql.js';

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
      let background = false;
      // One tenant transaction: a handful of statements on the hot path.
      const payload = await session.tenant(async (tx) => {
        let settings = await analyticsSettings(tx, orgId);
        // Authorisation first: a refused viewer must not trigger a rebuild.
        await authoriseHeatmap(tx, orgId, request, viewer, settings);
        const plan = await planFreshness(settings.refresh, orgId);
        if (plan === 'inline') {
          await refreshAggregates(tx, orgId);
          settings = await analyticsSettings(tx, orgId);
        }
        background = plan === 'background';
        const result = await buildHeatmap(tx, orgId, request, viewer, settings);
        return {
          ...result,
          periods: settings.refresh?.periods ?? [],
          asOf: settings.refresh?.refreshedAt ?? null,
          stale: background,
        };
      });
      if (background) void refreshInBackground(session.tenant, orgId);
      return payload;
    },
  },
  Heatmap: {
    unit: (heatmap) => heatmap.unit,
    program: (heatmap, _args, context) =>
      heatmap.programId ? sessionOf(context).loaders.programs.byId.load(heatmap.programId) : null,
    csv(heatmap, args, context) {
      // An explicit `locale` argument words the headers too, when the catalogue has it.
      const wording = supportedLocaleOf(args.locale) ?? context.locale;
      return heatmapCsv(heatmap, args.locale ?? context.contentLocale, translator(wording));
    },
  },
  HeatmapRow: {
    unit: (row) => row.unit,
  },
  HeatmapColumn: {
    capability: (column) => column.capability,
  },
};
