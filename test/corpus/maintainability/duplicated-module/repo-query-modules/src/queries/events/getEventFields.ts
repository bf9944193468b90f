import clickhouse from '@/lib/clickhouse';
import { CLICKHOUSE, PRISMA, runQuery } from '@/lib/db';
import prisma from '@/lib/prisma';
import type { QueryFilters } from '@/lib/types';

const FUNCTION_NAME = 'getEventFields';

export async function getEventFields(...args: [websiteId: string, filters: QueryFilters]) {
  return runQuery({
    [PRISMA]: () => relationalQuery(...args),
    [CLICKHOUSE]: () => clickhouseQuery(...args),
  });
}

async function relationalQuery(websiteId: string, filters: QueryFilters) {
  const { rawQuery, parseFilters } = prisma;
  const { filterQuery, joinSessionQuery, queryParams } = parseFilters({ ...filters, websiteId });

  return rawQuery(
    `
    select
      data_key as "name",
      data_type as "dataType",
      case
        when data_type = 2 then replace(string_value, '.0000', '')
        when data_type = 4 then to_char(date_trunc('hour', date_value), 'YYYY-MM-DD HH24:00')
        else string_value
      end as "value",
      count(*) as "total"
    from event_data
    join website_event on website_event.event_id = event_data.website_event_id
      and website_event.website_id = {{websiteId::uuid}}
      and website_event.created_at between {{startDate}} and {{endDate}}
    ${joinSessionQuery}
    where event_data.website_id = {{websiteId::uuid}}
    ${filterQuery}
    group by data_key, data_type
    order by 3 desc
    limit 100
    `,
    queryParams,
    FUNCTION_NAME,
  );
}

async function clickhouseQuery(websiteId: string, filters: QueryFilters): Promise<{ name: string; total: number }[]> {
  const { rawQuery, parseFilters } = clickhouse;
  const { filterQuery, queryParams } = parseFilters({ ...filters, websiteId });

  return rawQuery(
    `
    select
      data_key as name,
      multiIf(data_type = 2, replaceAll(string_value, '.0000', ''),
              data_type = 4, toString(date_trunc('hour', date_value)),
              string_value) as value,
      count(*) as total
    from event_data
    any left join (
      select event_id, session_id
      from website_event
      where website_id = {websiteId:UUID}
        and created_at between {startDate:DateTime64} and {endDate:DateTime64}) website_event
    on website_event.event_id = event_data.event_id
    where event_data.website_id = {websiteId:UUID}
    ${filterQuery}
    group by data_key
    order by 2 desc
    limit 100
    `,
    queryParams,
    FUNCTION_NAME,
  );
}
