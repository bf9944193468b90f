from django.http import JsonResponse

from .models import Order


def detail(request, pk):
    o = Order.objects.get(pk=pk)
    return JsonResponse({"id": o.pk, "total": str(o.total), "paid": o.paid})
