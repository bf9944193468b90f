from wtforms import Form


class usersForm(Form):
    pass
