import pymysql


def load():
    db = pymysql.connect(host=HOST, user=USER, password=PASSWORD, database="shop")
    return db
