from django.test import TestCase

from .models import Order


class OrderTests(TestCase):
    def test_detail(self):
        o = Order.objects.create(customer="a", total=10)
        r = self.client.get(f"/orders/{o.pk}/")
        self.assertEqual(r.json()["id"], o.pk)
