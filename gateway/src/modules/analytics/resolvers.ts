import { callerOf } from '../../context.js';
import { relationsTo } from '../../auth/policy.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { supportedLocaleOf } from '../../i18n/negotiate.js';
import { translator } from '../../i18n/translate.js';
import { uuidOf } from '../../ids.js';
import { heatmapCsv } from './csv.js';
import { planFreshness, refreshInBackground } from './freshness.js';
import { authoriseHeatmap, buildHeatmap, PARTICIPATION_TARGET, type HeatmapResult } from './heatmap.js';
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
      const caller = callerOf(context);
      const { orgId, personId, roles } = caller.viewer;
      const request = {
        unitId: input.unit ? uuidOf(input.unit, 'OrgUnit', 'input.unit') : null,
        depth: input.depth ?? 1,
        capabilityCodes: input.capabilities ?? null,
        metric: input.metric ?? 'SCORE',
        programId: input.program ? uuidOf(input.program, 'Program', 'input.program') : null,
        period: input.period ?? null,
      };
      const viewer = {
        personId,
        roles,
        managesRequestedProgram: (
          await relationsTo(caller, { kind: 'aggregates', programId: request.programId })
        ).has('programAdmin'),
      };
      let background = false;
      // One snapshot per read: the refresh the settings name, the decisions
      // cached for it and the aggregates all come from the same committed
      // state, even while a rebuild commits in the middle of the request.
      const read = (mayRefresh: boolean) =>
        caller.tenant(
          async (tx): Promise<HeatmapPayload | null> => {
            const settings = await analyticsSettings(tx, orgId);
            // Authorisation first: a refused viewer must not trigger a rebuild.
            await authoriseHeatmap(tx, orgId, request, viewer, settings);
            // The rebuild that follows a refused read was just made: charge the debounce only once.
            const plan = mayRefresh ? await planFreshness(settings.refresh, orgId) : 'fresh';
            if (plan === 'inline' && mayRefresh) return null;
            background = plan === 'background';
            const result = await buildHeatmap(tx, orgId, request, viewer, settings);
            return {
              ...result,
              periods: settings.refresh?.periods ?? [],
              asOf: settings.refresh?.refreshedAt ?? null,
              stale: background,
            };
          },
          { isolation: 'repeatable read' },
        );
      let payload = await read(true);
      if (!payload) {
        // A rebuild writes, so it runs in a transaction of its own: inside a
        // snapshot it would fail against a rebuild committed meanwhile.
        await caller.tenant((tx) => refreshAggregates(tx, orgId), { commitBeforeReturning: true });
        payload = (await read(false))!;
      }
      if (background) void refreshInBackground(caller.tenant, orgId);
      return payload;
    },
  },
  Heatmap: {
    unit: (heatmap) => heatmap.unit,
    participationTarget: () => PARTICIPATION_TARGET,
    program: (heatmap, _args, context) =>
      heatmap.programId ? callerOf(context).loaders.programs.byId.load(heatmap.programId) : null,
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
