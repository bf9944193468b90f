"""Enrichment: joins queued frames with part metadata from Postgres and scores them with the defect model."""
import os
import pickle
import time

import psycopg2

from utils.Icache.redis_read import reader
from utils.Icache.redis_write import writer
from utils.Ilog.log import log

LOG = log('enrichment')
MODEL_PATH = os.environ.get('MODEL_PATH', '/models/defect_model.pkl')

DB = {
    'host': os.environ.get('DB_HOST', '10.40.2.17'),
    'dbname': 'platform',
    'user': os.environ.get('DB_USER', 'platform'),
    'password': os.environ.get('DB_PASS', 'Wh3atfield_pg_19'),
}

# model files are copied over by deploy/sync_models.sh
model = pickle.load(open(MODEL_PATH, 'rb'))
cache_in = reader()
cache_out = writer()


def part_metadata(part_no):
    conn = psycopg2.connect(**DB)
    cur = conn.cursor()
    cur.execute('SELECT family, thickness_mm, supplier FROM parts WHERE part_no = %s', (part_no,))
    row = cur.fetchone()
    conn.close()
    return row


def enrich(key):
    frame = cache_in.read_hash(key)
    meta = part_metadata(frame['part_no'])
    if meta is None:
        LOG.warning('unknown part %s' % frame['part_no'])
        return
    family, thickness, supplier = meta
    features = [thickness, frame.get('weld_current', 0.0), frame.get('weld_time', 0.0)]
    score = model.predict_proba([features])[0][1]
    result = {'station': frame['station'], 'family': family, 'supplier': supplier, 'score': float(score), 'reject': score > 0.8}
    cache_out.write_hash('enriched:' + key, result, ttl=900)
    cache_out.write_hkey('enriched:station:' + frame['station'], result, ttl=900)


def main():
    LOG.info('enrichment started, model %s' % MODEL_PATH)
    while True:
        for key in cache_in.keys('frame:*'):
            try:
                enrich(key)
            except Exception:
                pass
            cache_out.delete(key)
        time.sleep(1)


if __name__ == '__main__':
    main()
