import clickhouse from '@/lib/clickhouse';
import { CLICKHOUSE, PRISMA, runQuery } from '@/lib/db';
import prisma from '@/lib/prisma';
import type { QueryFilters } from '@/lib/types';

const FUNCTION_NAME = 'getRevenue';

export async function getRevenue(...args: [websiteId: string, filters: QueryFilters]) {
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
      currency as "name",
      sum(revenue) as "total"
    from revenue
    ${joinSessionQuery}
    where revenue.website_id = {{websiteId::uuid}}
      and revenue.created_at between {{startDate}} and {{endDate}}
      ${filterQuery}
    group by currency
    order by 2 desc
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
      currency as name,
      sum(revenue) as total
    from website_revenue
    where website_id = {websiteId:UUID}
      and created_at between {startDate:DateTime64} and {endDate:DateTime64}
    ${filterQuery}
    group by currency
    order by 2 desc
    `,
    queryParams,
    FUNCTION_NAME,
  );
}
