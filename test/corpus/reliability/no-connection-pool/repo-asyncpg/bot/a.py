import asyncpg


async def fetch():
    conn = await asyncpg.connect(DSN)
    return await conn.fetch("select 1")
