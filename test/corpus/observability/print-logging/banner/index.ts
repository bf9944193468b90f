import express from "express";

const app = express();
const port = Number(process.env.PORT ?? 3000);

app.get("/", (_req, res) => {
    res.send("ok");
});

app.listen(port, () => {
    // One start-up banner line in the listen callback: an info notice.
    // expect: observability/print-logging
    console.log(`listening on ${port}`);
});
