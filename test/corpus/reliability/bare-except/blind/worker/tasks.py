from celery import shared_task

from .clients import geocoder, crm


@shared_task(bind=True, max_retries=3)
def geocode_address(self, address_id):
    address = crm.get_address(address_id)
    try:
        lat, lon = geocoder.lookup(address.line1, address.city)
    # expect: reliability/bare-except
    except:
        raise self.retry(countdown=30)
    else:
        crm.update_coordinates(address_id, lat, lon)


@shared_task
def sync_contacts(batch):
    results = []
    for contact in batch:
        try:
            results.append(crm.upsert(contact))
        # ok: reliability/bare-except
        except* ConnectionError:
            pass
    return results


def _safe_float(value):
    try:
        return float(value)
    # ok: reliability/bare-except
    except (TypeError, ValueError):
        return None
    # expect: reliability/bare-except
    except:
        return float("nan")


def run_forever(poll):
    while True:
        try:
            poll()
        # One defect, one finding: reported by swallowed-exception only.
        # ok: reliability/bare-except
        # expect: reliability/swallowed-exception
        except: pass
