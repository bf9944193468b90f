from shop.pipeline import Trainer

trainer = Trainer()
# ok: security/debug-enabled
trainer.run(debug=True)
