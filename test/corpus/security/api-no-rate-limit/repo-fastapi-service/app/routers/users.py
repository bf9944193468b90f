from fastapi import APIRouter, Depends

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/")
async def list_users(page: int = 1):
    return await repo.page(page)


@router.get("/{user_id}")
async def get_user(user_id: int):
    return await repo.get(user_id)


@router.delete("/{user_id}")
async def delete_user(user_id: int):
    await repo.delete(user_id)
