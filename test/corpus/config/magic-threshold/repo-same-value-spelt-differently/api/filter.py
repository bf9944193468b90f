def accepted(result):
    return result["confidence"] >= .9
