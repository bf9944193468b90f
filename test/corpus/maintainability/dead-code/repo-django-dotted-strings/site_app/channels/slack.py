class Slack:
    def send(self, msg):
        return msg
