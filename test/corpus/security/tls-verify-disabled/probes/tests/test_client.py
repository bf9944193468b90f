from app.network import Network


async def test_client_cache():
    network = Network(verify=True)
    # Test code building a client to compare cache entries: an info notice.
    # expect: security/tls-verify-disabled
    insecure = await network.get_client(verify=False)
    assert insecure is not await network.get_client()
