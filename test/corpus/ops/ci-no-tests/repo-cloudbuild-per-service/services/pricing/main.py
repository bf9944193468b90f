print("pricing")
