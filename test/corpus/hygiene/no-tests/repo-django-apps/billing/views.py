from django.http import JsonResponse

from .services import issue


def create(request, order_id):
    inv = issue(order_id)
    return JsonResponse({"id": inv.pk})
