def test_checkout(client):
    resp = client.post("/checkout", json={"cart_id": "c1"})
    # ok: observability/print-logging
    print(resp.json())
    assert resp.status_code == 201
