from django.http import JsonResponse


def signup(request):
    return JsonResponse({"ok": True})


def profile(request):
    return JsonResponse({"user": request.user.username})
