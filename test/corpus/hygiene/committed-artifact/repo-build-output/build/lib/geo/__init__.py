from .distance import haversine
