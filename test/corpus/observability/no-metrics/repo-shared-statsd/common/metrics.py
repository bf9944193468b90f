import statsd

client = statsd.StatsClient("localhost", 8125)
