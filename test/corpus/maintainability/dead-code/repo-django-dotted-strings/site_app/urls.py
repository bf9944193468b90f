from site_app.registry import load

urlpatterns = []
