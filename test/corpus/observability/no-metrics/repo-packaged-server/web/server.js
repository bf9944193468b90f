const express = require("express");
const client = require("prom-client");
client.collectDefaultMetrics();
