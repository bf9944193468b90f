import { Body, Controller, Get, Param, Post } from "@nestjs/common";

@Controller("users")
export class UsersController {
  // expect: security/api-no-rate-limit
  @Get(":id")
  findOne(@Param("id") id: string) {
    return { id };
  }

  @Post()
  create(@Body() body: { email: string }) {
    return body;
  }
}
