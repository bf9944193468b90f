ss -ltn | grep -q ':5432 '
ss -ltn | grep -q ':8000 '
