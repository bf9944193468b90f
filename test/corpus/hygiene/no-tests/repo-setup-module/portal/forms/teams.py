from wtforms import Form


class teamsForm(Form):
    pass
