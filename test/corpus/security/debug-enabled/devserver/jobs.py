from shop.pipeline import Trainer, run

trainer = Trainer()
# ok: security/debug-enabled
trainer.run(debug=True)
# ok: security/debug-enabled
run(debug=True)

app = "batch"
# ok: security/debug-enabled
app.run(debug=True)
