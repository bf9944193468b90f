from enum import Enum

Fields = Enum(
    "Fields",
    {
        "name": "name",
        "email": "email",
        "website": "website",
        "country": "country",
    },
)
