from datetime import datetime


def published(item):
    for fmt in ("%Y-%m-%d", "%Y"):
        try:
            return datetime.strptime(item["date"], fmt)
        # expect: reliability/swallowed-exception
        except:  # pylint: disable=bare-except
            pass
    return None


def thumbnail(item):
    try:
        return item.fetch_thumbnail()
    # expect: reliability/swallowed-exception
    except Exception:  # noqa: E501
        return None
