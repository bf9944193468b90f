from django import template

register = template.Library()


@register.filter
def cents(v):
    return v / 100
