resource "random_password" "orders_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "orders" {
  identifier     = "orders-prod"
  engine         = "postgres"
  instance_class = "db.t3.medium"
  username       = "orders"
  # ok: security/hardcoded-secret
  password       = random_password.orders_db.result
}

resource "aws_db_instance" "reporting" {
  identifier = "reporting"
  engine     = "postgres"
  username   = "reporting"
  # expect: security/hardcoded-secret
  password   = "R3portingDb!2023"
}

resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  connection {
    type        = "ssh"
    user        = "ec2-user"
    # ok: security/hardcoded-secret
    private_key = file("~/.ssh/bastion.pem")
    host        = self.public_ip
  }
}
