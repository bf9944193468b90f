import uvicorn
from fastapi import FastAPI

# expect: security/debug-enabled
app = FastAPI(title="inventory", debug=True)

if __name__ == "__main__":
    # expect: security/debug-enabled
    uvicorn.run("fastapi_svc.main:app", host="0.0.0.0", port=8000, reload=True)
