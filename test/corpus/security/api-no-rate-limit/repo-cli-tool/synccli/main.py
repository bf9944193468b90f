import click
import requests

API = "https://api.example.com"


@click.group()
def cli():
    pass


@cli.command()
@click.argument("name")
def get(name):
    """Fetch one record: GET /records/<name>."""
    click.echo(requests.get(f"{API}/records/{name}", timeout=10).json())


@cli.command()
def sync():
    session = requests.Session()
    session.post(f"{API}/sync", json={}, timeout=30)
