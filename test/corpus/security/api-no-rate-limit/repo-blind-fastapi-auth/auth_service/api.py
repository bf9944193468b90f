from fastapi import APIRouter, Depends, FastAPI
from fastapi.security import OAuth2PasswordRequestForm

app = FastAPI()
router = APIRouter(prefix="/oauth")


@app.get("/health")
def health():
    return {"ok": True}


# expect: security/api-no-rate-limit
@router.post("/token")
async def token(form: OAuth2PasswordRequestForm = Depends()):
    return {"access_token": form.username, "token_type": "bearer"}


app.include_router(router)
