import express from "express";
import type { User } from "./request_helper";
import { profile } from "./routes/profile";

export const app = express();
app.get("/me", profile);
export type { User };
