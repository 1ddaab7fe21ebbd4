import { graphql } from '@coachwork/schema/gql';

export const qualityHeatmapQuery = graphql(`
  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {
    heatmap(input: $input) {
      metric
      period
      periods
      minGroupSize
      participationTarget
      stale
      asOf
      unit {
        id
        name
      }
      path {
        id
        name
      }
      columns {
        capability {
          id
          code
          name(locale: $locale)
        }
        organisation {
          ...CwHeatmapCell
        }
      }
      total {
        ...CwHeatmapRow
      }
      rows {
        ...CwHeatmapRow
      }
    }
  }

  fragment CwHeatmapRow on HeatmapRow {
    unit {
      id
      name
      kind
    }
    level
    peopleCount
    hasChildren
    cells {
      ...CwHeatmapCell
    }
  }

  fragment CwHeatmapCell on HeatmapCell {
    value
    count
    suppressed
    reason
    belowParticipationTarget
    effectSize {
      d
      low
      high
    }
  }
`);

export const qualityHeatmapProgramsQuery = graphql(`
  query CwQualityHeatmapPrograms {
    viewer {
      id
      roles
    }
    programs(first: 50) {
      edges {
        node {
          id
          name
          viewerCanManage
        }
      }
    }
  }
`);

export const qualityHeatmapCsvQuery = graphql(`
  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {
    heatmap(input: $input) {
      csv(locale: $locale)
    }
  }
`);
