from wtforms import Form


class setupForm(Form):
    pass
