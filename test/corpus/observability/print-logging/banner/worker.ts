import express from "express";

const app = express();

app.post("/jobs", (req, res) => {
    // Logging the service's work with console.log: reported.
    // expect: observability/print-logging
    console.log("job received", req.body.id);
    res.sendStatus(202);
});

app.listen(3001, () => {
    console.log("worker api up");
});
