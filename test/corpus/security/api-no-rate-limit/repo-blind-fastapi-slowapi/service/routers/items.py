from fastapi import APIRouter

router = APIRouter(prefix="/items")


# ok: security/api-no-rate-limit
@router.get("/")
async def list_items():
    return []
