import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def homepage(request):
    return JSONResponse({"hello": "world"})


# expect: security/debug-enabled
app = Starlette(debug=True, routes=[Route("/", homepage)])

if __name__ == "__main__":
    # expect: security/debug-enabled
    uvicorn.run("app:app", host="0.0.0.0", port=8080, reload=True, log_level="debug")
