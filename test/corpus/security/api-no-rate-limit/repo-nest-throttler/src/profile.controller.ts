import { Controller, Get, Put } from '@nestjs/common';

@Controller('profile')
export class ProfileController {
  @Get()
  me() {
    return {};
  }

  @Put()
  update() {
    return {};
  }
}
