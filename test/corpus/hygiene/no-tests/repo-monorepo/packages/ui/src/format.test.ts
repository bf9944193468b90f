import { format } from "./format";
test("trim", () => expect(format(" a ")).toBe("a"));
