import json
import os
import urllib.request

SOURCE = "https://raw.githubusercontent.com/umpirsky/country-list/master/data/{locale}/country.json"
DEST = os.path.join("public", "intl", "country")


def download(locale):
    os.makedirs(DEST, exist_ok=True)
    with urllib.request.urlopen(SOURCE.format(locale=locale), timeout=30) as res:
        data = json.load(res)
    with open(os.path.join(DEST, f"{locale}.json"), "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, sort_keys=True)
    print("Saved", locale, "to", DEST)


if __name__ == "__main__":
    for loc in ["en", "de", "fr", "es", "pt", "it"]:
        download(loc)
