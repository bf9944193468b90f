import uvicorn

from fastapi_svc.main import app

if __name__ == "__main__":
    # ok: security/debug-enabled
    uvicorn.run(app, host="0.0.0.0", port=8000, workers=4)
