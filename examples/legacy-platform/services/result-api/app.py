"""Result API: serves the latest inspection results to the line dashboards."""
import ast
import logging
import os

import psycopg2
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from utils.Icache.redis_read import reader

logger = logging.getLogger('result-api')

app = FastAPI(title='result-api', version='1.4.0')
# dashboards are served from several line PCs, so allow everything
app.add_middleware(CORSMiddleware, allow_origins=['*'], allow_methods=['*'], allow_headers=['*'])

cache = reader()


def db():
    return psycopg2.connect(
        host=os.environ.get('DB_HOST', '10.40.2.17'),
        dbname='platform',
        user='platform',
        password=os.environ.get('DB_PASS', 'Wh3atfield_pg_19'),
    )


@app.get('/health')
def health():
    return {'status': 'ok'}


@app.get('/results/{station}')
def latest(station: str):
    raw = cache.read_hkey('enriched:station:' + station)
    if raw is None:
        raise HTTPException(status_code=404, detail='no result yet')
    return ast.literal_eval(raw)


@app.get('/results/{station}/history')
def history(station: str, limit: int = 100):
    conn = db()
    try:
        with conn.cursor() as cur:
            cur.execute(
                'SELECT ts, part_no, score FROM results WHERE station = %s ORDER BY ts DESC LIMIT %s',
                (station, min(limit, 1000)),
            )
            rows = cur.fetchall()
    except psycopg2.Error:
        logger.exception('history query failed for station %s', station)
        raise HTTPException(status_code=503, detail='database unavailable')
    finally:
        conn.close()
    return [{'ts': ts.isoformat(), 'part_no': part_no, 'score': score, 'reject': score > 0.8} for ts, part_no, score in rows]


if __name__ == '__main__':
    import uvicorn

    uvicorn.run(app, host='0.0.0.0', port=8000)
