import httpx


async def fetch(url):
    return httpx.get(url)


async def parse(body):
    return body
